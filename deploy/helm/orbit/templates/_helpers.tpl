{{/* Names and labels shared by every template. */}}
{{- define "orbit.fullname" -}}
{{- if contains .Chart.Name .Release.Name -}}{{ .Release.Name | trunc 50 | trimSuffix "-" }}{{- else -}}{{ printf "%s-%s" .Release.Name .Chart.Name | trunc 50 | trimSuffix "-" }}{{- end -}}
{{- end -}}

{{- define "orbit.commonLabels" -}}
app.kubernetes.io/part-of: orbit
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version }}
{{- end -}}

{{- define "orbit.labels" -}}
{{ include "orbit.commonLabels" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{/* selector labels of one component: (dict "root" $ "name" NAME) */}}
{{- define "orbit.selector" -}}
app.kubernetes.io/name: {{ .name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
{{- end -}}

{{- define "orbit.image" -}}
{{- $r := .root.Values.image -}}
{{- if $r.registry }}{{ $r.registry }}/{{ end }}{{ $r.prefix }}/{{ .name }}:{{ $r.tag }}
{{- end -}}

{{- define "orbit.secretName" -}}
{{- default (printf "%s-credentials" (include "orbit.fullname" .)) .Values.credentials.existingSecret -}}
{{- end -}}

{{/* The address of an infrastructure part: bundled (a Service of this release) or external. */}}
{{- define "orbit.postgresUrl" -}}
{{- if .Values.infrastructure.postgres.bundled -}}jdbc:postgresql://{{ include "orbit.fullname" . }}-postgres:5432/{{ .Values.infrastructure.postgres.database }}{{- else -}}{{ required "infrastructure.postgres.url is required when postgres is not bundled" .Values.infrastructure.postgres.url }}{{- end -}}
{{- end -}}
{{- define "orbit.rabbitmqUrl" -}}
{{- if .Values.infrastructure.rabbitmq.bundled -}}amqp://{{ include "orbit.fullname" . }}-rabbitmq:5672{{- else -}}{{ required "infrastructure.rabbitmq.url is required when rabbitmq is not bundled" .Values.infrastructure.rabbitmq.url }}{{- end -}}
{{- end -}}
{{- define "orbit.kafkaBootstrap" -}}
{{- if .Values.infrastructure.kafka.bundled -}}{{ include "orbit.fullname" . }}-kafka:9092{{- else -}}{{ required "infrastructure.kafka.bootstrap is required when kafka is not bundled" .Values.infrastructure.kafka.bootstrap }}{{- end -}}
{{- end -}}
{{- define "orbit.mongoUri" -}}
{{- if .Values.infrastructure.mongo.bundled -}}mongodb://{{ include "orbit.fullname" . }}-mongo:27017/orbit{{- else -}}{{ required "infrastructure.mongo.uri is required when mongo is not bundled" .Values.infrastructure.mongo.uri }}{{- end -}}
{{- end -}}
{{- define "orbit.natsUrl" -}}
{{- if .Values.infrastructure.nats.bundled -}}nats://{{ include "orbit.fullname" . }}-nats:4222{{- else -}}{{ required "infrastructure.nats.url is required when nats is not bundled" .Values.infrastructure.nats.url }}{{- end -}}
{{- end -}}
