/**
 * The guide's prose figures (career paths, the breadth of roles, emerging roles, negotiation
 * tips), for display: whole currency units as printed, never computed with.
 *
 * Apart from market.ts on purpose: the compare page needs the salary tables but none of this,
 * and a bundle splits by module, so kept there it would be downloaded on every first visit.
 * Parsed on the server build and in the tests only, like market.ts (see `parseDataFile`).
 */
import careerPathsJson from '$data/guide/career-paths.json';
import roleBreadthJson from '$data/guide/role-breadth.json';
import emergingRolesJson from '$data/guide/emerging-roles.json';
import negotiationJson from '$data/guide/negotiation.json';
import {
	careerPathsSchema,
	emergingRolesSchema,
	negotiationSchema,
	parseDataFile,
	roleBreadthSchema
} from './data-schemas';
import type { output } from 'zod/mini';

export const careerPaths =
	import.meta.env?.SSR !== false
		? parseDataFile('data/guide/career-paths.json', careerPathsSchema, careerPathsJson)
		: (careerPathsJson as output<typeof careerPathsSchema>);
export const roleBreadth =
	import.meta.env?.SSR !== false
		? parseDataFile('data/guide/role-breadth.json', roleBreadthSchema, roleBreadthJson)
		: (roleBreadthJson as output<typeof roleBreadthSchema>);
export const emergingRoles =
	import.meta.env?.SSR !== false
		? parseDataFile('data/guide/emerging-roles.json', emergingRolesSchema, emergingRolesJson)
		: (emergingRolesJson as output<typeof emergingRolesSchema>);
export const negotiationGuide =
	import.meta.env?.SSR !== false
		? parseDataFile('data/guide/negotiation.json', negotiationSchema, negotiationJson)
		: (negotiationJson as output<typeof negotiationSchema>);
