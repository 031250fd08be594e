import '../../shared/featureFlags';
import { mountSurface } from '../../shared/mountSurface';
import { App } from './App';

mountSurface(App);
