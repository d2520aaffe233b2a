module github.com/briefdesk/briefdesk

go 1.26.0

require (
	codeberg.org/readeck/go-readability/v2 v2.1.3
	github.com/itlightning/dateparse v0.2.1
	github.com/jung-kurt/gofpdf v1.16.2
	github.com/mmcdole/gofeed v1.4.2
	github.com/yuin/goldmark v1.8.7
	github.com/yuin/goldmark-meta v1.1.0
	golang.org/x/image v0.47.0
	golang.org/x/net v0.62.0
	golang.org/x/text v0.44.0
)

require (
	github.com/andybalholm/cascadia v1.3.3 // indirect
	github.com/go-shiori/dom v0.0.0-20230515143342-73569d674e1c // indirect
	github.com/gogs/chardet v0.0.0-20211120154057-b7413eaefb8f // indirect
	github.com/mmcdole/goxpp/v2 v2.0.0 // indirect
	gopkg.in/yaml.v2 v2.3.0 // indirect
)
