"""The two faces of Village Station: the command line (`ui.cli`) and the Qt GUI."""
