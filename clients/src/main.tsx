import { render } from 'preact';
import { App } from './app/App';
import { browserServices } from './app/services';
import './styles/fonts.css';
import './styles/app.css';

const root = document.getElementById('app');
if (root) {
  render(<App services={browserServices()} />, root);
}
