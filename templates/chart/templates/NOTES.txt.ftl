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
{{- if .Values.ingress.enabled }}
{{- $urls := list }}
{{- range $name, $_ := .Values.services }}
{{- $cfg := include "[=chart].serviceValues" (dict "root" $ "name" $name) | fromYaml }}
{{- $ingress := $cfg.ingress | default dict }}
{{- if and $cfg.enabled $ingress.enabled $cfg.ports (ne $cfg.kind "Job") }}
{{- $host := $ingress.host | default (printf "%s.%s" $name $.Values.ingress.domain) }}
{{- $urls = append $urls (printf "%s://%s%s" (ternary "https" "http" $.Values.ingress.tls.enabled) $host ($ingress.path | default "/")) }}
{{- end }}
{{- end }}
{{- with $urls }}

URLs of this environment (ingress.domain {{ $.Values.ingress.domain }}):
{{- range . }}
  {{ . }}
{{- end }}
{{- end }}
{{- end }}

Check that every Service answers on its ports:
  helm test {{ .Release.Name }} -n {{ include "[=chart].namespace" . }}
