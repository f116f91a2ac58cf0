/**
 * The guide's prose figures (career paths, the breadth of roles, emerging roles, negotiation
 * tips), for display: whole currency units as printed, never computed with.
 *
 * Apart from market.ts on purpose: the compare page needs the salary tables but none of this,
 * and a bundle splits by module, so kept there it would be downloaded on every first visit.
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

export const careerPaths = parseDataFile(
	'data/guide/career-paths.json',
	careerPathsSchema,
	careerPathsJson
);
export const roleBreadth = parseDataFile(
	'data/guide/role-breadth.json',
	roleBreadthSchema,
	roleBreadthJson
);
export const emergingRoles = parseDataFile(
	'data/guide/emerging-roles.json',
	emergingRolesSchema,
	emergingRolesJson
);
export const negotiationGuide = parseDataFile(
	'data/guide/negotiation.json',
	negotiationSchema,
	negotiationJson
);
