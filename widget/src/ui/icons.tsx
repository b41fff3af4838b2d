// Inline SVG icons drawn as strokes (panel.css sets the stroke, like the launcher's icons): short
// paths keep the panel chunk small; no icon font, no request.
const Icon = ({ d }: { d: string }) => (
  <svg viewBox="0 0 24 24" aria-hidden="true">
    <path d={d} />
  </svg>
);

export const CloseIcon = () => <Icon d="M6 6l12 12M18 6 6 18" />;
export const SendIcon = () => <Icon d="M4 20l17-8L4 4l2 8zm2-8h7" />;
export const ClearIcon = () => <Icon d="M4 6h16M9 6V3h6v3M6 6l1 15h10l1-15" />;
export const ThumbIcon = () => <Icon d="M3 10h4v11H3zm4 0 4-8c2 0 3 1 3 3v4h6l-2 12H7" />;
export const MoreIcon = () => <Icon d="M12 4.5v1m0 6v1m0 6v1" />;
