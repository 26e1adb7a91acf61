import {
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type FieldNode,
  type GraphQLResolveInfo,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/**
 * The fields selected directly below `nodes` (by default the field being resolved), by name,
 * with fragments expanded and repeated selections of the same field merged. `@skip` and
 * `@include` are not evaluated: a caller that prepares data for the selection prepares a
 * little more than needed rather than less.
 */
export function selectedFields(
  info: GraphQLResolveInfo,
  nodes: readonly FieldNode[] = info.fieldNodes,
): Map<string, FieldNode[]> {
  const fields = new Map<string, FieldNode[]>();
  const visit = (set: SelectionSetNode | undefined, seen: Set<string>) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        const list = fields.get(selection.name.value);
        if (list) list.push(selection);
        else fields.set(selection.name.value, [selection]);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet, seen);
      } else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        visit(info.fragments[selection.name.value].selectionSet, seen); // validation: every spread names a fragment
      }
    }
  };
  for (const node of nodes) visit(node.selectionSet, new Set());
  return fields;
}

const operationFieldsCache = new WeakMap<OperationDefinitionNode, ReadonlySet<string>>();

/**
 * Every field the operation selects anywhere, as "Type.field" by the type it is selected on,
 * fragments included: what any resolver of the request may go on to read. Worked out once per
 * parsed operation (Apollo keeps the parsed document of a repeated query).
 */
export function operationFields(info: GraphQLResolveInfo): ReadonlySet<string> {
  const cached = operationFieldsCache.get(info.operation);
  if (cached) return cached;
  const fields = new Set<string>();
  const typeInfo = new TypeInfo(info.schema);
  const visitor = visitWithTypeInfo(typeInfo, {
    Field(node) {
      const parent = typeInfo.getParentType();
      if (parent) fields.add(`${parent.name}.${node.name.value}`);
    },
  });
  visit(info.operation, visitor);
  for (const fragment of Object.values(info.fragments)) visit(fragment, visitor);
  operationFieldsCache.set(info.operation, fields);
  return fields;
}
