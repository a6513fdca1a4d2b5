import { msg } from '@lit/localize';
import type { CatalogueError } from '../catalogue/errors.js';

/** A failed catalogue load, said plainly to a resident (the technical message goes to the console). */
export function errorMessage(error: Pick<CatalogueError, 'code'> | undefined): string {
  switch (error?.code) {
    case 'timeout':
    case 'network':
      return msg('Seznam služeb se nepodařilo načíst. Zkontrolujte připojení k internetu a zkuste to znovu.', {
        id: 'error.network',
      });
    case 'http':
    case 'cors':
    case 'not-json':
    case 'not-catalogue':
    case 'schema-version':
    default:
      return msg('Seznam služeb je teď nedostupný. Zkuste to prosím později, nebo se obraťte přímo na obecní úřad.', {
        id: 'error.unavailable',
      });
  }
}
