import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';

/**
 * The token of an emailed link (invitation or password reset, `…#token=…`). It is read once, then removed from the address bar at
 * once, so it is not left in history, screenshots or anything that copies the URL.
 */
export function useLinkToken(): string | null {
  const location = useLocation();
  const navigate = useNavigate();
  const fromUrl = new URLSearchParams(location.hash.replace(/^#/, '')).get('token');
  const [token, setToken] = useState(fromUrl);
  if (fromUrl && fromUrl !== token) setToken(fromUrl);

  useEffect(() => {
    if (!location.hash) return;
    const clean = location.pathname + location.search;
    window.history.replaceState(window.history.state, '', clean);
    navigate(clean, { replace: true, state: location.state });
  }, [location.hash, location.pathname, location.search, location.state, navigate]);

  return token;
}
