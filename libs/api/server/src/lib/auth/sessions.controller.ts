import {
  Body,
  Controller,
  Delete,
  HttpCode,
  Inject,
  Post,
  Req,
} from '@nestjs/common';
import type { Request } from 'express';
import { IsString, Length } from 'class-validator';

import { AuthService } from './auth.service';
import type { Principal } from './principal';
import { actorOf, Allow, CurrentPrincipal } from './principal';

class SessionBody {
  @IsString()
  @Length(1, 64)
  username!: string;

  @IsString()
  @Length(1, 200)
  password!: string;
}

/**
 * Bearer tokens for scripts and other programs (the browser uses the cookie of the
 * login mutation): POST /api/sessions, then `Authorization: Bearer <token>`.
 */
@Controller('api/sessions')
export class SessionsController {
  constructor(@Inject(AuthService) private readonly auth: AuthService) {}

  @Allow('public')
  @Post()
  async create(@Body() body: SessionBody, @Req() req: Request) {
    const { user, token, expiresAt } = await this.auth.login(
      body.username,
      body.password,
      req.ip ?? '',
      req.get('user-agent') ?? '',
    );
    return {
      token,
      expiresAt: expiresAt.toISOString(),
      user: { id: user.id, username: user.username, role: user.role },
    };
  }

  @Allow('signedIn')
  @Delete()
  @HttpCode(204)
  async remove(@CurrentPrincipal() p: Principal): Promise<void> {
    if (p.tokenHash) await this.auth.access.endSession(p.tokenHash, actorOf(p));
  }
}
