import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ContentArea } from '@cloudhub/permissions';

/** One demo row of an area (an order, an invoice, ...): there so that rights mean something. */
@Entity('area_records')
export class AreaRecordEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId!: string;

  @Column('text')
  area!: ContentArea;

  @Column('text')
  reference!: string;

  @Column('text')
  title!: string;

  @Column('text')
  status!: string;

  @Column('integer', { name: 'amount_cents', nullable: true })
  amountCents!: number | null;

  @Column('date', { name: 'occurred_on' })
  occurredOn!: string;
}
