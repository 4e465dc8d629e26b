import { render } from 'preact';
import { PopupAbout } from '../../components/PopupAbout';

render(<PopupAbout />, document.getElementById('app')!);
