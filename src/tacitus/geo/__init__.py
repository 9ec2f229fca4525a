"""Where: an offline gazetteer (`gazetteer`), toponym resolution (`resolve`), event locations (`locate`), and the
pipeline stage that fills places and dates (`stage`). Import from the submodules: this package imports nothing,
so reading the gazetteer does not load spaCy."""
