/**
 * The label of the quiz "Nghe câu hỏi" button, apart from the other read-aloud words
 * (read-aloud.ts) because it ships with every lesson page, which has almost no JavaScript
 * budget left; everything else loads on the first press.
 */
export const readAloudButtonText = {
  listenQuestion: 'Nghe câu hỏi',
};
