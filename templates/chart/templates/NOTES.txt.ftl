[#ftl]
{{ .Chart.Name }} is installed as release {{ .Release.Name }} in namespace {{ include "[=chart].namespace" . }}.

Watch the rollout:
  kubectl get pods -n {{ include "[=chart].namespace" . }} -l app.kubernetes.io/instance={{ .Release.Name }} -w

Reach a service from this machine:
{{- range $name, $_ := .Values.services }}
{{- $cfg := include "[=chart].serviceValues" (dict "root" $ "name" $name) | fromYaml }}
{{- if and $cfg.enabled $cfg.ports (ne $cfg.kind "Job") }}
{{- $port := first $cfg.ports }}
  kubectl port-forward -n {{ include "[=chart].namespace" $ }} svc/{{ $name }} {{ $port.localPort | default $port.containerPort | int }}:{{ $port.containerPort | int }}
{{- end }}
{{- end }}
{{- $secrets := .Values.secrets }}
{{- if and $secrets.keys (not $secrets.create) (not $secrets.azureKeyVault.enabled) }}

The pods read {{ join ", " $secrets.keys }} from the Secret {{ $secrets.existingSecret }}; a missing key stops its pod
naming the key. Create the Secret before the pods start:
  kubectl create secret generic {{ $secrets.existingSecret }} -n {{ include "[=chart].namespace" . }} --from-env-file=.env.ecosystem
{{- end }}
{{- if and $secrets.keys $secrets.azureKeyVault.enabled }}

The pods read {{ join ", " $secrets.keys }} from the Secret {{ $secrets.existingSecret }}, which the Secrets Store
CSI driver syncs from Azure Key Vault {{ $secrets.azureKeyVault.keyvaultName }} when the first pod mounts it. To use a Secret
created with kubectl instead (Phase 2), create it and upgrade with --set secrets.azureKeyVault.enabled=false
{{- end }}
{{- $routing := .Values.routing | default "ingress" }}
{{- if or (eq $routing "gateway") (and (eq $routing "ingress") .Values.ingress.enabled) }}

Routed from outside ({{ $routing }}{{ if eq $routing "gateway" }}, Gateway {{ include "[=chart].gatewayName" . }}{{ end }}, exposure {{ .Values.exposure | default "published" }}):
{{- range $name, $_ := .Values.services }}
{{- $cfg := include "[=chart].serviceValues" (dict "root" $ "name" $name) | fromYaml }}
{{- if include "[=chart].routed" (dict "root" $ "cfg" $cfg) }}
  {{ if $.Values.ingress.tls.enabled }}https{{ else }}http{{ end }}://{{ ($cfg.ingress | default dict).host | default (printf "%s.%s" $name $.Values.ingress.domain) }}{{ ($cfg.ingress | default dict).path | default "/" }} -> {{ $name }}
{{- end }}
{{- end }}
{{- end }}

Check that every Service answers on its ports:
  helm test {{ .Release.Name }} -n {{ include "[=chart].namespace" . }}
