import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { renderConsole } from '../test/render';
import { LINE_PX, LiftEditor, lineRange, PAD_PX } from './LiftEditor';

const TEXT = 'name: x\nlift:\n  rated_sped_mps: 1.0\n  travel_m: 18\n';
const ERROR = {
  line: 3,
  column: 3,
  message: "lift.yaml:3:3: lift.rated_sped_mps: unknown key (did you mean 'rated_speed_mps'?)",
};

function gutter(container: HTMLElement): string[] {
  return [...container.querySelectorAll('.gutter-line')].map((l) => l.textContent ?? '');
}

describe('LiftEditor', () => {
  it('numbers the lines', () => {
    const { container } = renderConsole(<LiftEditor value={TEXT} onChange={() => {}} />);
    expect(gutter(container)).toEqual(['1', '2', '3', '4', '5']);
    expect(screen.getByLabelText('Lift description')).toHaveAttribute('aria-invalid', 'false');
    expect(container.querySelector('.gutter-error')).toBeNull();
  });

  it('marks the line the server names and shows its message there', async () => {
    const { container } = renderConsole(<LiftEditor value={TEXT} onChange={() => {}} error={ERROR} />);
    expect(gutter(container)[2]).toBe('▶ 3');
    expect(container.querySelector('.gutter-error')?.textContent).toBe('▶ 3');
    expect(screen.getByTestId('error-line-band')).toHaveStyle({ top: `${PAD_PX + 2 * LINE_PX}px` });
    const message = screen.getByRole('alert');
    expect(message).toHaveTextContent(ERROR.message);
    // Just under the line it is about.
    expect(message).toHaveStyle({ top: `${PAD_PX + 3 * LINE_PX + 2}px` });
    const text = screen.getByLabelText('Lift description') as HTMLTextAreaElement;
    expect(text).toHaveAttribute('aria-invalid', 'true');
    expect(text).toHaveAccessibleDescription(expect.stringContaining('did you mean'));

    // The caret can be put on the key that is wrong.
    await userEvent.setup().click(screen.getByRole('button', { name: 'Go to line 3' }));
    expect(text).toHaveFocus();
    expect(TEXT.slice(text.selectionStart, text.selectionEnd)).toBe('rated_sped_mps: 1.0');
  });

  it('can hide the message from the lines and show it there again', async () => {
    const user = userEvent.setup();
    const { container } = renderConsole(<LiftEditor value={TEXT} onChange={() => {}} error={ERROR} />);
    await user.click(screen.getByRole('button', { name: 'Hide this message' }));
    expect(screen.queryByTestId('error-at-line')).toBeNull();
    // The line stays marked, the message stays on the page.
    expect(container.querySelector('.gutter-error')).not.toBeNull();
    expect(screen.getByRole('alert')).toHaveTextContent(ERROR.message);
    await user.click(screen.getByRole('button', { name: 'Show it at line 3' }));
    expect(screen.getByTestId('error-at-line')).toBeInTheDocument();
  });

  it('shows a message without a line under the text', () => {
    renderConsole(<LiftEditor value={TEXT} onChange={() => {}} error={{ line: null, column: null, message: 'is required' }} />);
    expect(screen.queryByTestId('error-line-band')).toBeNull();
    expect(screen.getByRole('alert')).toHaveTextContent('is required');
  });

  it('hands every edit to the page', async () => {
    const onChange = vi.fn();
    renderConsole(<LiftEditor value="" onChange={onChange} />);
    await userEvent.setup().type(screen.getByLabelText('Lift description'), 'n');
    expect(onChange).toHaveBeenCalledWith('n');
  });

  it('finds a line and column in the text', () => {
    expect(lineRange(TEXT, 3, 3)).toEqual({ start: 14, caret: 16, end: 35 });
    expect(lineRange(TEXT, 1)).toEqual({ start: 0, caret: 0, end: 7 });
    // Beyond the end: the last line.
    expect(lineRange('a\nb', 9).start).toBe(2);
  });
});
