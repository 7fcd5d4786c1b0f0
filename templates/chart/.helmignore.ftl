[#ftl]
# Patterns to ignore when packaging the chart (helm package).
.DS_Store
.git/
.gitignore
.vscode/
.idea/
*.swp
*.bak
*.tmp
*.orig
*~
# Local secrets must never be packaged.
.env*
secrets*.yaml
