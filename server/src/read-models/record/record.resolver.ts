import { registerEnumType, Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../core/context';
import { recordMarkdown } from './record.markdown';
import { exportRecord } from './record.service';

export enum ExportFormat {
  JSON = 'JSON',
  MARKDOWN = 'MARKDOWN',
}
registerEnumType(ExportFormat, { name: 'ExportFormat' });

@Resolver()
export class RecordResolver {
  @Query(() => String, { description: "The viewer's whole record." })
  async exportMyRecord(
    @Ctx() ctx: Context,
    @Arg('format', () => ExportFormat, { nullable: true, defaultValue: ExportFormat.JSON })
    format?: ExportFormat | null,
  ): Promise<string> {
    const record = await exportRecord(ctx);
    return format === ExportFormat.MARKDOWN ? recordMarkdown(record) : JSON.stringify(record, null, 2);
  }
}
