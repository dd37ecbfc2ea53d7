/**
 * Files dropped anywhere on the page (the Transcripts and Export areas use it). Listening on the
 * window, not one element, means a file dropped a little off target is still taken, and never
 * opened by the browser in place of the workbench.
 */
import { useEffect, useRef, useState } from 'react';

/** Returns whether a file is being dragged over the page (and would be taken). */
export function useFileDrop(onFile: (file: File) => void, canAccept: () => boolean): boolean {
  const [dragging, setDragging] = useState(false);
  const latest = useRef({ onFile, canAccept });
  latest.current = { onFile, canAccept };

  useEffect(() => {
    // dragenter/dragleave fire for every child element crossed; count them to know when it left.
    let depth = 0;
    const hasFiles = (event: DragEvent) => Array.from(event.dataTransfer?.types ?? []).includes('Files');
    const onEnter = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      depth += 1;
      if (latest.current.canAccept()) setDragging(true);
    };
    const onOver = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = latest.current.canAccept() ? 'copy' : 'none';
    };
    const onLeave = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onDrop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      const file = event.dataTransfer?.files[0];
      if (file && latest.current.canAccept()) latest.current.onFile(file);
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, []);
  return dragging;
}
