"""An interview question bank: one YAML data file, validated and rendered into a static site."""
