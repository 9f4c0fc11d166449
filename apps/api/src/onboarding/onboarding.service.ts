import { Injectable } from '@nestjs/common';
import { LANGUAGES, type Language } from '@cloudhub/permissions';
import { UsersRepository } from '../users/users.repository';
import type { FaqListDto } from './dto/faq.dto';
import type { FeedbackDto } from './dto/feedback.dto';
import { FAQ_ENTRIES } from './faq.catalogue';
import { FeedbackRepository } from './feedback.repository';

@Injectable()
export class OnboardingService {
  constructor(
    private readonly feedback: FeedbackRepository,
    private readonly users: UsersRepository,
  ) {}

  async faqs(userId: string): Promise<FaqListDto> {
    const language: Language = (await this.users.findById(userId))?.language ?? LANGUAGES[0];
    return {
      items: FAQ_ENTRIES.map(({ id, question, answer }) => ({
        id,
        question: question[language],
        answer: answer[language],
      })),
      nextCursor: null,
    };
  }

  async giveFeedback(tenantId: string, userId: string, message: string): Promise<FeedbackDto> {
    const feedback = await this.feedback.add({ tenantId, userId, message });
    return { id: feedback.id, createdAt: feedback.createdAt.toISOString() };
  }
}
