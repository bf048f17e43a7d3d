// The site's one entry, included by every generated page: registers the widgets, the site's styles
// and the copy buttons of the embed snippets.
import '@gd-playground/components/define/gd-math';
import '@gd-playground/components/define/gd-convolution';
import '@gd-playground/components/define/gd-loss-explorer';
import '@gd-playground/components/define/gd-lr-slider';
import '@gd-playground/components/define/gd-normalization';
import '@gd-playground/components/define/gd-mri';
import '@gd-playground/components/define/gd-sigmoid-boundary';
import '@gd-playground/components/define/gd-playground';
import '@gd-playground/components/define/gd-backprop';
import '@gd-playground/components/define/gd-softmax';
import '@gd-playground/components/define/gd-network';
import './site.css';
import { setUpSnippets } from './snippets';

setUpSnippets(document);
