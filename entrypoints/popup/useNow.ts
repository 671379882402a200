import { useEffect, useState } from 'react';

/** The current time, re-read every `intervalMs`, so "42 s ago" texts stay true while open. */
export function useNow(intervalMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
