"""The counter's scan → decide → act flow, without Qt: the Counter page renders its states and forwards keys."""
