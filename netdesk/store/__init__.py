"""The only package that imports peewee: models, open/pragmas, migrations, backup, search."""
