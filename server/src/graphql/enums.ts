import { Level, Role, Track } from '@fulcrum/shared';
import { registerEnumType } from 'type-graphql';

registerEnumType(Role, { name: 'Role' });
registerEnumType(Level, { name: 'Level' });
registerEnumType(Track, { name: 'Track' });
