/** Which services fit a life situation's outcome: used by the navigator and by validation. */
import type { Service, Situation } from './schema.js';

/**
 * Whether a service fits an outcome's match: any of the listed service types, and any of the
 * listed target groups, and any of the listed tags (a list left empty does not restrict).
 */
export function matchesOutcome(
  service: Service,
  match: NonNullable<Situation['outcomes'][number]['match']>,
  language = 'cs',
): boolean {
  if (service.status === 'inactive') return false;
  if (match.serviceTypes?.length && !match.serviceTypes.includes(service.serviceType)) return false;
  if (match.targetGroups?.length && !match.targetGroups.some((group) => service.targetGroups?.includes(group))) {
    return false;
  }
  if (match.ageGroups?.length && service.ageGroups?.length) {
    if (!match.ageGroups.some((group) => service.ageGroups!.includes(group))) return false;
  }
  if (match.tags?.length) {
    if (!service.tags?.length) return false;
    const tags = service.tags.map((tag) => tag.toLocaleLowerCase(language));
    if (!match.tags.some((tag) => tags.includes(tag.toLocaleLowerCase(language)))) return false;
  }
  return true;
}
