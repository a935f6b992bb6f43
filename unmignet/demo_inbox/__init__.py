"""Templates of the bundled demo inbox (NAME.eml.tmpl), rendered by unmignet.demo_mail."""
