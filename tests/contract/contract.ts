import {
  buildSchema,
  isEnumType,
  isInputObjectType,
  isObjectType,
  isSpecifiedScalarType,
  type GraphQLSchema,
} from 'graphql';

/**
 * What `contract` declares that `server` lacks or types differently, one entry per item:
 * `Type` when the whole type is missing, `Type.field` / `Type.VALUE` / `Type.field(arg)`
 * otherwise, with the differing types appended after a colon.
 */
export function contractGaps(contractSdl: string, serverSdl: string): string[] {
  const want = buildSchema(contractSdl, { assumeValidSDL: true });
  const have: GraphQLSchema = buildSchema(serverSdl, { assumeValidSDL: true });
  const gaps: string[] = [];
  for (const [name, type] of Object.entries(want.getTypeMap())) {
    if (name.startsWith('__') || isSpecifiedScalarType(type)) continue;
    const ours = have.getType(name);
    if (!ours) {
      gaps.push(name);
      continue;
    }
    if (isEnumType(type) && isEnumType(ours)) {
      const values = new Set(ours.getValues().map((v) => v.name));
      for (const value of type.getValues()) if (!values.has(value.name)) gaps.push(`${name}.${value.name}`);
      continue;
    }
    if ((isObjectType(type) && isObjectType(ours)) || (isInputObjectType(type) && isInputObjectType(ours))) {
      const fields = ours.getFields() as Record<
        string,
        { type: unknown; args?: readonly { name: string; type: unknown }[] }
      >;
      for (const [fieldName, field] of Object.entries(
        type.getFields() as Record<string, { type: unknown; args?: readonly { name: string; type: unknown }[] }>,
      )) {
        const mine = fields[fieldName];
        if (!mine) {
          gaps.push(`${name}.${fieldName}`);
          continue;
        }
        if (String(mine.type) !== String(field.type))
          gaps.push(`${name}.${fieldName}: ${String(mine.type)} (contract ${String(field.type)})`);
        for (const arg of field.args ?? []) {
          const ourArg = mine.args?.find((a) => a.name === arg.name);
          if (!ourArg) gaps.push(`${name}.${fieldName}(${arg.name})`);
          else if (String(ourArg.type) !== String(arg.type))
            gaps.push(`${name}.${fieldName}(${arg.name}): ${String(ourArg.type)} (contract ${String(arg.type)})`);
        }
      }
    }
  }
  return gaps;
}
