import { liftSchemaChangeRate } from '../../sandbox/platform/limits/schemaChangeRate';

liftSchemaChangeRate();
