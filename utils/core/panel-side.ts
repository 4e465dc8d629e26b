// Which side of a web page the panel stands on. Kept apart from the schemas (storage.ts builds its
// schema from this list): the detection script, which runs on every matched page, reads the stored
// side with this check alone, and stays without zod to stay small (bench: "content script … gzipped").
export const PANEL_SIDES = ['right', 'left'] as const;
export type PanelSide = (typeof PANEL_SIDES)[number];

/** The stored side, or the right for anything else (or nothing). */
export const panelSideOf = (stored: unknown): PanelSide => (PANEL_SIDES as readonly unknown[]).includes(stored) ? (stored as PanelSide) : 'right';
