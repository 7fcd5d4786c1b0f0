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
# The local deploy helper is not part of the chart package.
deploy-local.sh
# Local secrets must never be packaged.
.env*
secrets*.yaml
*.local.yaml
# compose2helm bookkeeping (what it generated last); not part of the chart package.
.compose2helm/
