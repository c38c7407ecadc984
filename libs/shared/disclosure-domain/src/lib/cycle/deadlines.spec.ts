import { daysLate, deadlineFor } from './deadlines';

describe('deadlineFor', () => {
  it('gives 31 January for departments and 31 March for governments', () => {
    expect(deadlineFor(2023, 'cityDepartment')).toBe('2024-01-31');
    expect(deadlineFor(2023, 'district')).toBe('2024-03-31');
    expect(deadlineFor(2023, 'township')).toBe('2024-01-31');
  });

  it('gives 31 March to everyone before the 2019 regulation', () => {
    expect(deadlineFor(2018, 'cityDepartment')).toBe('2019-03-31');
  });

  it('takes local rules', () => {
    expect(
      deadlineFor(2021, 'township', { township: { month: 2, day: 20 } }),
    ).toBe('2022-02-20');
  });
});

describe('daysLate', () => {
  it('counts the whole deadline day, Beijing time, as on time', () => {
    expect(daysLate('2024-01-31T23:59:59+08:00', '2024-01-31')).toBe(0);
    expect(daysLate('2024-01-31T15:59:59Z', '2024-01-31')).toBe(0);
    expect(daysLate('2024-01-20T09:00:00+08:00', '2024-01-31')).toBe(0);
  });

  it('counts days after it', () => {
    expect(daysLate('2024-02-01T00:00:00+08:00', '2024-01-31')).toBe(1);
    expect(daysLate('2024-02-01T23:00:00+08:00', '2024-01-31')).toBe(1);
    expect(daysLate('2024-02-02T00:00:01+08:00', '2024-01-31')).toBe(2);
    expect(daysLate(new Date('2024-03-26T10:00:00+08:00'), '2024-01-31')).toBe(
      55,
    );
  });

  it('refuses nonsense', () => {
    expect(() => daysLate('yesterday', '2024-01-31')).toThrow(RangeError);
    expect(() => daysLate('2024-01-01T00:00:00Z', '31/01/2024')).toThrow(
      RangeError,
    );
  });
});
