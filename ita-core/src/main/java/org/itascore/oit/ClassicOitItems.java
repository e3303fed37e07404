package org.itascore.oit;

import java.util.ArrayList;
import java.util.List;
import org.itascore.Bilingual;
import org.itascore.Indicator;

/**
 * The FY2563-2565 OIT list as data. The items and their grouping are those of the domain brief, verified
 * by published values (97.78 = mean(8/9, 1, 1, 1, 1) for indicator 9); the Thai titles follow the NACC
 * manual's wording.
 */
final class ClassicOitItems {

    private ClassicOitItems() {
    }

    static OitCatalogue catalogue() {
        List<SubIndicator> subs = List.of(
                new SubIndicator("9.1", Indicator.INFORMATION_DISCLOSURE, Bilingual.of("ข้อมูลพื้นฐาน", "Basic information")),
                new SubIndicator("9.2", Indicator.INFORMATION_DISCLOSURE, Bilingual.of("การบริหารงาน", "Administration")),
                new SubIndicator("9.3", Indicator.INFORMATION_DISCLOSURE, Bilingual.of("การบริหารเงินงบประมาณ", "Budget")),
                new SubIndicator("9.4", Indicator.INFORMATION_DISCLOSURE,
                        Bilingual.of("การบริหารและพัฒนาทรัพยากรบุคคล", "Human resources")),
                new SubIndicator("9.5", Indicator.INFORMATION_DISCLOSURE,
                        Bilingual.of("การส่งเสริมความโปร่งใส", "Complaints and participation")),
                new SubIndicator("10.1", Indicator.CORRUPTION_PREVENTION,
                        Bilingual.of("การดำเนินการเพื่อป้องกันการทุจริต", "Anti-corruption management")),
                new SubIndicator("10.2", Indicator.CORRUPTION_PREVENTION,
                        Bilingual.of("มาตรการภายในเพื่อป้องกันการทุจริต", "Internal integrity measures")));
        String[][] items = {
            {"9.1", "โครงสร้าง", "Structure"},
            {"9.1", "ข้อมูลผู้บริหาร", "Executives"},
            {"9.1", "อำนาจหน้าที่", "Powers and duties"},
            {"9.1", "แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน", "Strategic or development plan"},
            {"9.1", "ข้อมูลการติดต่อ", "Contact information"},
            {"9.1", "กฎหมายที่เกี่ยวข้อง", "Relevant laws"},
            {"9.1", "ข่าวประชาสัมพันธ์", "News"},
            {"9.1", "Q&A", "Q&A"},
            {"9.1", "Social Network", "Social network"},
            {"9.2", "แผนดำเนินงานประจำปี", "Annual operating plan"},
            {"9.2", "รายงานการกำกับติดตามการดำเนินงาน รอบ 6 เดือน", "Six-month operations monitoring report"},
            {"9.2", "รายงานผลการดำเนินงานประจำปี", "Annual operations report"},
            {"9.2", "คู่มือหรือมาตรฐานการปฏิบัติงาน", "Operating manual or standard"},
            {"9.2", "คู่มือหรือมาตรฐานการให้บริการ", "Service manual or standard"},
            {"9.2", "ข้อมูลเชิงสถิติการให้บริการ", "Service statistics"},
            {"9.2", "รายงานผลการสำรวจความพึงพอใจการให้บริการ", "Satisfaction survey report"},
            {"9.2", "E-Service", "E-Service"},
            {"9.3", "แผนการใช้จ่ายงบประมาณประจำปี", "Annual budget spending plan"},
            {"9.3", "รายงานการกำกับติดตามการใช้จ่ายงบประมาณ รอบ 6 เดือน", "Six-month budget monitoring report"},
            {"9.3", "รายงานผลการใช้จ่ายงบประมาณประจำปี", "Annual budget report"},
            {"9.3", "แผนการจัดซื้อจัดจ้างหรือแผนการจัดหาพัสดุ", "Procurement plan"},
            {"9.3", "ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ", "Procurement announcements"},
            {"9.3", "สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน", "Monthly procurement summary"},
            {"9.3", "รายงานผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุประจำปี", "Annual procurement report"},
            {"9.4", "นโยบายการบริหารทรัพยากรบุคคล", "HR management policy"},
            {"9.4", "การดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล", "Actions under the HR policy"},
            {"9.4", "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล", "HR management and development criteria"},
            {"9.4", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี", "Annual HR report"},
            {"9.5", "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", "Corruption complaint handling guideline"},
            {"9.5", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", "Complaint channel"},
            {"9.5", "ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบประจำปี", "Complaint statistics"},
            {"9.5", "ช่องทางการรับฟังความคิดเห็น", "Public feedback channel"},
            {"9.5", "การเปิดโอกาสให้เกิดการมีส่วนร่วม", "Opening participation"},
            {"10.1", "เจตจำนงสุจริตของผู้บริหาร", "Executives' statement of integrity"},
            {"10.1", "การมีส่วนร่วมของผู้บริหาร", "Executives' participation"},
            {"10.1", "การประเมินความเสี่ยงการทุจริตประจำปี", "Annual corruption risk assessment"},
            {"10.1", "การดำเนินการเพื่อจัดการความเสี่ยงการทุจริต", "Risk management actions"},
            {"10.1", "การเสริมสร้างวัฒนธรรมองค์กร", "Strengthening organisational culture"},
            {"10.1", "แผนปฏิบัติการป้องกันการทุจริต", "Corruption prevention action plan"},
            {"10.1", "รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริต รอบ 6 เดือน", "Six-month prevention monitoring report"},
            {"10.1", "รายงานผลการดำเนินการป้องกันการทุจริตประจำปี", "Annual prevention report"},
            {"10.2", "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", "Measures to promote integrity and transparency"},
            {"10.2", "การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", "Actions under those measures"},
        };
        List<OitItem> list = new ArrayList<>();
        for (int i = 0; i < items.length; i++) {
            list.add(new OitItem("O" + (i + 1), items[i][0], Bilingual.of(items[i][1], items[i][2])));
        }
        return OitCatalogue.of(subs, list);
    }
}
