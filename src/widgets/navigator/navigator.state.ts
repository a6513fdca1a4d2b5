/**
 * A path through a life situation: the answers given, by their position, from the first question.
 * Pure logic, so that a path from a shared link is checked before anything is shown.
 */
import type { Outcome, Question, Situation } from '../../catalogue/schema.js';

export interface WalkStep {
  question: Question;
  answer: number;
}

export interface Walk {
  /** The questions answered, in order. */
  steps: WalkStep[];
  /** Where the path stands: the next question, or the outcome it reached. */
  question?: Question;
  outcome?: Outcome;
}

/** Follow `answers` from the situation's first question; a path that does not fit stops where it breaks. */
export function walk(situation: Situation, answers: readonly number[]): Walk {
  const questions = new Map(situation.questions.map((question) => [question.id, question]));
  const outcomes = new Map(situation.outcomes.map((outcome) => [outcome.id, outcome]));
  const steps: WalkStep[] = [];
  let question = questions.get(situation.startQuestionId);
  for (const answer of answers) {
    const chosen = question?.answers[answer];
    if (!question || !chosen) break;
    steps.push({ question, answer });
    if (chosen.outcomeId !== undefined) return { steps, outcome: outcomes.get(chosen.outcomeId) };
    question = questions.get(chosen.questionId!);
  }
  return { steps, question };
}

/** "0,2,1" ↔ [0, 2, 1]; anything else is an empty path. */
export const parsePath = (value: string | undefined): number[] =>
  value && /^\d+(,\d+)*$/.test(value) ? value.split(',').map(Number) : [];

export const formatPath = (answers: readonly number[]) => answers.join(',');
