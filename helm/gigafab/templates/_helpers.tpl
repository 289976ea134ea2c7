{{/* Full name of a component: <release>-<component>, cut to the 63 characters Kubernetes allows. */}}
{{- define "gigafab.componentName" -}}
{{- printf "%s-%s" .root.Release.Name .component | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* Labels every Gigafab object carries. */}}
{{- define "gigafab.labels" -}}
app.kubernetes.io/name: {{ .component }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/part-of: gigafab
app.kubernetes.io/version: {{ .root.Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .root.Chart.Name .root.Chart.Version }}
{{- end -}}

{{/* Labels a Service or Deployment selects pods by. */}}
{{- define "gigafab.selectorLabels" -}}
app.kubernetes.io/name: {{ .component }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
{{- end -}}

{{/* Image reference: optional global registry, repository, tag defaulting to appVersion. */}}
{{- define "gigafab.image" -}}
{{- $registry := .root.Values.global.imageRegistry -}}
{{- $tag := .image.tag | default .root.Chart.AppVersion -}}
{{- if $registry -}}
{{- printf "%s/%s:%s" $registry .image.repository $tag -}}
{{- else -}}
{{- printf "%s:%s" .image.repository $tag -}}
{{- end -}}
{{- end -}}

{{/* imagePullSecrets of a pod spec (for the plant's registry mirror). */}}
{{- define "gigafab.imagePullSecrets" -}}
{{- with .Values.global.imagePullSecrets }}
imagePullSecrets:
  {{- range . }}
  - name: {{ . }}
  {{- end }}
{{- end }}
{{- end -}}

{{/* Pod-level securityContext: non-root, seccomp RuntimeDefault. Argument: the root context. */}}
{{- define "gigafab.podSecurityContext" -}}
runAsNonRoot: true
runAsUser: {{ .Values.security.runAsUser }}
runAsGroup: {{ .Values.security.runAsGroup }}
fsGroup: {{ .Values.security.fsGroup }}
seccompProfile:
  type: RuntimeDefault
{{- end -}}

{{/* Container-level securityContext: read-only root, no escalation, no capabilities. */}}
{{- define "gigafab.containerSecurityContext" -}}
runAsNonRoot: true
allowPrivilegeEscalation: false
readOnlyRootFilesystem: true
privileged: false
capabilities:
  drop: ["ALL"]
seccompProfile:
  type: RuntimeDefault
{{- end -}}

{{/* Kafka bootstrap servers, whichever way Kafka is run. */}}
{{- define "gigafab.kafkaBootstrap" -}}
{{- if eq .Values.kafka.mode "strimzi" -}}
{{- .Values.kafka.strimzi.bootstrapServers | default (printf "%s-kafka-bootstrap:9092" .Values.kafka.strimzi.clusterName) -}}
{{- else -}}
{{- required "kafka.bootstrapServers is required when kafka.mode is external" .Values.kafka.bootstrapServers -}}
{{- end -}}
{{- end -}}

{{/* JDBC URL of the external PostgreSQL/TimescaleDB. */}}
{{- define "gigafab.jdbcUrl" -}}
{{- $db := .Values.database -}}
{{- printf "jdbc:postgresql://%s:%d/%s" (required "database.host is required" $db.host) (int $db.port) $db.name -}}
{{- with $db.parameters }}?{{ . }}{{ end -}}
{{- end -}}

{{/* One NetworkPolicy egress rule: TCP to the given ports of the peers in "to" (any address when empty). */}}
{{- define "gigafab.egressRule" -}}
- ports:
    {{- range .ports }}
    - {protocol: TCP, port: {{ . }}}
    {{- end }}
  {{- with .to }}
  to:
    {{- toYaml . | nindent 4 }}
  {{- end }}
{{- end -}}
