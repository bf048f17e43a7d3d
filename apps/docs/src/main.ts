import '@gd-playground/components/define/gd-math';
