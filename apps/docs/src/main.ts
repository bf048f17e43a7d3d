import '@gd-playground/components/define/gd-math';
import '@gd-playground/components/define/gd-loss-explorer';
import '@gd-playground/components/define/gd-lr-slider';
import '@gd-playground/components/define/gd-sigmoid-boundary';
import '@gd-playground/components/define/gd-playground';
