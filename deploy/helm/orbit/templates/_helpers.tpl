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

{{/* The auth service in the cluster, and the issuer every token names (ADR 0017). */}}
{{- define "orbit.authUrl" -}}
http://{{ include "orbit.fullname" . }}-auth:{{ .Values.services.auth.port }}
{{- end -}}
{{- define "orbit.issuer" -}}
{{- if .Values.auth.issuer -}}{{ .Values.auth.issuer }}
{{- else if .Values.ingress.enabled -}}{{ if .Values.ingress.tls }}https{{ else }}http{{ end }}://{{ .Values.ingress.host }}
{{- else -}}{{ include "orbit.authUrl" . }}{{- end -}}
{{- end -}}

{{/* http or https, as the Ingress serves. */}}
{{- define "orbit.publicScheme" -}}
{{- if .Values.ingress.tls }}https{{ else }}http{{ end -}}
{{- end -}}

{{/* The auth service as a browser reaches it (the web apps' login pages). */}}
{{- define "orbit.authBrowserUrl" -}}
{{- if .Values.auth.browserUrl -}}{{ .Values.auth.browserUrl }}
{{- else if .Values.ingress.enabled -}}{{ include "orbit.publicScheme" . }}://{{ .Values.ingress.host }}
{{- else -}}http://127.0.0.1:{{ .Values.services.auth.port }}{{- end -}}
{{- end -}}

{{/* Where the auth service sends a person's login back to a web app (dashboard, console). */}}
{{- define "orbit.appRedirectUri" -}}
{{- $host := "" -}}
{{- if .root.Values.ingress.enabled -}}{{- $host = get (.root.Values.ingress.apps | default dict) .name -}}{{- end -}}
{{- if $host -}}{{ include "orbit.publicScheme" .root }}://{{ $host }}/login/oauth2/code/orbit
{{- else -}}http://127.0.0.1:{{ (get .root.Values.services .name).port }}/login/oauth2/code/orbit{{- end -}}
{{- end -}}

{{- define "orbit.signingKeySecret" -}}
{{- default (printf "%s-auth-signing-key" (include "orbit.fullname" .)) .Values.auth.signingKey.existingSecret -}}
{{- end -}}
{{- define "orbit.clientsSecret" -}}
{{- default (printf "%s-auth-clients" (include "orbit.fullname" .)) .Values.auth.clients.existingSecret -}}
{{- end -}}
{{- define "orbit.adminSecret" -}}
{{- default (printf "%s-bootstrap-admin" (include "orbit.fullname" .)) .Values.auth.bootstrapAdmin.existingSecret -}}
{{- end -}}

{{/* The auth service's OAuth 2 clients (without orbit-): a secret each. */}}
{{- define "orbit.authClients" -}}
cli-viewer cli-operator cli-admin ingest worker dashboard dashboard-planner console simulator
{{- end -}}

{{/*
An RSA private key as PKCS#8 PEM, what the auth service reads: genPrivateKey gives PKCS#1
("RSA PRIVATE KEY"), so its DER is wrapped in a PrivateKeyInfo (RFC 5208): SEQUENCE { INTEGER 0,
SEQUENCE { rsaEncryption, NULL }, OCTET STRING { the PKCS#1 key } }, lengths in DER's two-byte
long form (genPrivateKey's 4096-bit key's DER is about 2.3 KB).
*/}}
{{- define "orbit.pkcs8RsaKey" -}}
{{- $pkcs1 := genPrivateKey "rsa" | replace "-----BEGIN RSA PRIVATE KEY-----" "" | replace "-----END RSA PRIVATE KEY-----" "" | nospace | b64dec -}}
{{- $n := len $pkcs1 -}}
{{- $outer := add $n 22 -}}
{{- $der := printf "%s%s%s%s%s%s%s" (include "orbit.byte" 48) (include "orbit.byte" 130) (include "orbit.byte" (div $outer 256)) (include "orbit.byte" (mod $outer 256)) ("AgEAMA0GCSqGSIb3DQEBAQUABA==" | b64dec) (include "orbit.byte" 130) (include "orbit.byte" (div $n 256)) -}}
-----BEGIN PRIVATE KEY-----
{{ regexReplaceAll "(.{64})" (printf "%s%s%s" $der (include "orbit.byte" (mod $n 256)) $pkcs1 | b64enc) "${1}\n" | trimSuffix "\n" }}
-----END PRIVATE KEY-----
{{ end -}}

{{/* One byte (0-255) as a one-character string: base64-decoded from its two characters. */}}
{{- define "orbit.byte" -}}
{{- $alphabet := "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/" -}}
{{- $v := int . -}}
{{- printf "%s%s==" (substr (div $v 4 | int) (add1 (div $v 4) | int) $alphabet) (substr (mul (mod $v 4) 16 | int) (add1 (mul (mod $v 4) 16) | int) $alphabet) | b64dec -}}
{{- end -}}
