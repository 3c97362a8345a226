import { render, screen } from '@testing-library/react';

test('renders a heading', () => {
  render(<h1>Claimstream</h1>);
  expect(screen.getByRole('heading', { name: 'Claimstream' })).toBeInTheDocument();
});
