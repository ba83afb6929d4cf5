import 'uplot/dist/uPlot.min.css';
import './styles/base.css';
import './styles/controls.css';
import './styles/data.css';
import './styles/overlays.css';
import './styles/screens.css';
import './styles/insights.css';
import { render } from 'preact';
import { App } from './app.js';

render(<App />, document.getElementById('app')!);
