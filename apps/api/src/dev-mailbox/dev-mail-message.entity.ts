import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A message caught by the in-process capture SMTP server. */
@Entity('dev_mail_messages')
export class DevMailMessageEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text', { name: 'message_id', nullable: true })
  messageId!: string | null;

  @Column('text', { name: 'mail_from' })
  from!: string;

  @Column('text', { name: 'mail_to', array: true })
  to!: string[];

  @Column('text')
  subject!: string;

  @Column('text', { name: 'text_body', nullable: true })
  text!: string | null;

  @Column('text', { name: 'html_body', nullable: true })
  html!: string | null;

  @CreateDateColumn({ name: 'received_at', type: 'timestamptz' })
  receivedAt!: Date;
}
