import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DndContextProps,
  type KeyboardCoordinateGetter,
} from '@dnd-kit/core';

interface DragAreaProps extends Omit<DndContextProps, 'sensors' | 'accessibility'> {
  /** How far the pointer moves before a drag starts, so that buttons inside still take plain clicks. */
  dragDistance: number;
  /** Where the arrow keys move an item (e.g. the sortable coordinates); by default to the next drop target. */
  keyboardCoordinates?: KeyboardCoordinateGetter;
  /** What a screen reader hears as an item is picked up, moved and dropped. */
  announcements: Announcements;
  /** How to move an item with the keyboard, read out when one is focused. */
  instructions: string;
}

/** Where items are dragged with the pointer or moved with the keyboard, each move said to screen readers. */
export function DragArea({ dragDistance, keyboardCoordinates, announcements, instructions, ...props }: DragAreaProps) {
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: dragDistance } }),
    useSensor(KeyboardSensor, keyboardCoordinates && { coordinateGetter: keyboardCoordinates }),
  );
  return (
    <DndContext
      sensors={sensors}
      accessibility={{ announcements, screenReaderInstructions: { draggable: instructions } }}
      {...props}
    />
  );
}
