[#ftl]
# Local secret values (secrets.create: true) must never be committed.
secrets.local.yaml
*.local.yaml
