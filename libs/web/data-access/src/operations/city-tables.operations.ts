import { graphql } from '../generated';

export const cityTablesQuery = graphql(`
  query CityTables(
    $year: Int!
    $kinds: [DepartmentKind!]
    $acceptedOnly: Boolean!
  ) {
    cityTables(year: $year, kinds: $kinds, acceptedOnly: $acceptedOnly) {
      year
      generation
      kinds
      acceptedOnly
      reports {
        generation
        reports
      }
      cells {
        metric
        value
        reports
      }
    }
  }
`);
