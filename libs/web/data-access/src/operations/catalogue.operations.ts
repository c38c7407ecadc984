import { graphql } from '../generated';

export const catalogueQuery = graphql(`
  query Catalogue {
    metrics {
      id
      labelZh
      labelEn
      unit
      table
      row
      column
      generations
      comparableAcrossGenerations
    }
    derivedMetrics {
      id
      labelZh
      labelEn
      formulaZh
      formulaEn
      unit
      inputs
    }
    departments {
      id
      code
      name
      kind
      parentId
      activeFrom
      activeTo
      aliases
      predecessors {
        kind
        year
        department {
          id
          name
        }
      }
      successors {
        kind
        year
        department {
          id
          name
        }
      }
    }
    cycles {
      year
      configured
      deadlines {
        kind
        deadline
      }
    }
  }
`);
