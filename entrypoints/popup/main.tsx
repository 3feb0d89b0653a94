import { render } from 'preact';
render(<p>划重点</p>, document.getElementById('app')!);
