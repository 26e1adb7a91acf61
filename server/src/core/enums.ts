import { API_ENUMS } from '@fulcrum/shared';
import { registerEnumType } from 'type-graphql';

// Registered in the contract's order; enum values keep their declaration order in the schema.
for (const [name, values] of Object.entries(API_ENUMS)) registerEnumType(values, { name });
