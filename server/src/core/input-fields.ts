import { LIMITS } from '@fulcrum/shared';
import { IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { MultiLineText } from './input-hygiene';

// The fields that recur across the API's inputs, each one decorator: its schema type, its
// nullability and its length limit (class-validator) declared together. Each applies its
// decorators in the order they would run if stacked on the field (bottom first).

interface FieldOptions {
  description?: string;
}

/**
 * An `ID!` field of at most `LIMITS.idMax` characters; with `nullable`, an optional `ID` whose
 * length is validated when it is given.
 */
export function IdField(options: FieldOptions & { nullable?: boolean } = {}): PropertyDecorator {
  return (target, property) => {
    MaxLength(LIMITS.idMax)(target, property);
    if (options.nullable) IsOptional()(target, property);
    Field(() => ID, options)(target, property);
  };
}

/** An optional single-line `String` field of at most `max` characters, validated when it is given. */
export function OptionalTextField(max: number): PropertyDecorator {
  return (target, property) => {
    MaxLength(max)(target, property);
    IsOptional()(target, property);
    Field(() => String, { nullable: true })(target, property);
  };
}

/**
 * An optional multi-line text field of at most `max` characters: a nullable `String` in the
 * schema, checked as multi-line text, its length validated when it is given.
 */
export function OptionalMultiLineText(max: number, options: FieldOptions = {}): PropertyDecorator {
  return (target, property) => {
    MaxLength(max)(target, property);
    IsOptional()(target, property);
    MultiLineText()(target, property);
    Field(() => String, { nullable: true, ...options })(target, property);
  };
}

/**
 * The start of every versioned edit's input: the row it changes and the version the editor
 * read, so that a change made meanwhile is a CONFLICT rather than overwritten. Never an
 * argument's type itself, it stays out of the schema (type-graphql emits only what it reaches).
 */
@InputType()
export abstract class VersionedEdit {
  @IdField() id: string;
  @Field(() => Int) version: number;
}
