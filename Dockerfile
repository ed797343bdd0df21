# Build with the Maven wrapper, run on a JRE with a TrueType CJK font for PDFs.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q -DskipTests package && cp target/zhijian-*.jar /app.jar

FROM eclipse-temurin:17-jre
RUN apt-get update && apt-get install -y --no-install-recommends fonts-wqy-microhei curl \
    && rm -rf /var/lib/apt/lists/* && useradd --system --uid 10001 zhijian
COPY --from=build /app.jar /tmp/zhijian.jar
# Extracted (classes load from plain jars, not from jars nested in the jar) with a class data sharing archive
# made by a training run that starts the context and exits (on the embedded H2 default, in a scratch folder):
# a restart then spends about a quarter less CPU (README "Start time"). A JVM that cannot map the archive
# (other JDK, other class path) starts without it.
# (the extracted application jar keeps the name of the one extracted: /opt/zhijian/zhijian.jar, beside lib/)
RUN java -Djarmode=tools -jar /tmp/zhijian.jar extract --destination /opt/zhijian \
    && mkdir /tmp/train && cd /tmp/train \
    && java -XX:ArchiveClassesAtExit=/opt/zhijian/zhijian.jsa -Dspring.context.exit=onRefresh \
       -jar /opt/zhijian/zhijian.jar --zhijian.demo.enabled=false --server.port=0 \
    && cd / && rm -rf /tmp/train /tmp/zhijian.jar && chmod -R a+rX /opt/zhijian
USER zhijian
WORKDIR /opt/zhijian
EXPOSE 8080
# Heap: up to 75 % of the container's memory; after a collection that may shrink it (a full GC or a marking
# cycle) G1 keeps at most 30 % free, and it collects when idle for a minute (issue 15; not yet shown to
# return memory, see README "Per-request costs"). The operator may replace these.
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:G1PeriodicGCInterval=60000 -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30"
ENTRYPOINT ["java", "-XX:SharedArchiveFile=/opt/zhijian/zhijian.jsa", "-jar", "/opt/zhijian/zhijian.jar"]
